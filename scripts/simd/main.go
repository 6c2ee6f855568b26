// Command simd is a Cosmos SDK v0.50 chain used only as a benchmark peer (scripts/bench/node-throughput.ts).
// The SDK's own simapp module is not served by the module proxy here, so this is a small app of ours built
// from the SDK's depinject modules: auth, bank, staking, distribution, mint, slashing, params, consensus,
// genutil and the tx module (which installs the SDK's standard ante handler). MsgSend takes the same path
// through baseapp, the ante handler, x/bank and the IAVL store as in simapp; the modules simapp adds on top
// (gov, authz, feegrant, group, nft, evidence, upgrade, circuit, vesting) do nothing per MsgSend.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"cosmossdk.io/depinject"
	"cosmossdk.io/log"
	cmtcfg "github.com/cometbft/cometbft/config"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	clientconfig "github.com/cosmos/cosmos-sdk/client/config"
	"github.com/cosmos/cosmos-sdk/client/keys"
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/runtime"
	"github.com/cosmos/cosmos-sdk/server"
	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"
	serverconfig "github.com/cosmos/cosmos-sdk/server/config"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	"github.com/cosmos/cosmos-sdk/testutil/configurator"
	"github.com/cosmos/cosmos-sdk/types/module"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	"github.com/cosmos/cosmos-sdk/x/genutil"
	genutilcli "github.com/cosmos/cosmos-sdk/x/genutil/client/cli"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"

	// Each blank import registers a module's depinject provider.
	_ "github.com/cosmos/cosmos-sdk/x/auth"
	_ "github.com/cosmos/cosmos-sdk/x/auth/tx/config"
	_ "github.com/cosmos/cosmos-sdk/x/bank"
	_ "github.com/cosmos/cosmos-sdk/x/consensus"
	_ "github.com/cosmos/cosmos-sdk/x/distribution"
	_ "github.com/cosmos/cosmos-sdk/x/mint"
	_ "github.com/cosmos/cosmos-sdk/x/params"
	_ "github.com/cosmos/cosmos-sdk/x/slashing"
	_ "github.com/cosmos/cosmos-sdk/x/staking"
)

var appConfig = depinject.Configs(configurator.NewAppConfig(
	configurator.AuthModule(),
	configurator.BankModule(),
	configurator.StakingModule(),
	configurator.DistributionModule(),
	configurator.MintModule(),
	configurator.SlashingModule(),
	configurator.ParamsModule(),
	configurator.ConsensusModule(),
	configurator.GenutilModule(),
	configurator.TxModule(),
), depinject.Supply(
	// genutil's CLI needs its concrete module basic (with the gentx validator), as simapp supplies it.
	map[string]module.AppModuleBasic{genutiltypes.ModuleName: genutil.NewAppModuleBasic(genutiltypes.DefaultMessageValidator)},
))

func defaultHome() string {
	home, err := os.UserHomeDir()
	if err != nil {
		panic(err)
	}
	return filepath.Join(home, ".simapp")
}

// newApp builds the node's application (server.AddCommands calls it for `start`).
func newApp(logger log.Logger, db dbm.DB, traceStore io.Writer, appOpts servertypes.AppOptions) servertypes.Application {
	var builder *runtime.AppBuilder
	if err := depinject.Inject(depinject.Configs(appConfig, depinject.Supply(logger, appOpts)), &builder); err != nil {
		panic(err)
	}
	app := builder.Build(db, traceStore, server.DefaultBaseappOptions(appOpts)...)
	if err := app.Load(true); err != nil {
		panic(err)
	}
	return app
}

func exportApp(log.Logger, dbm.DB, io.Writer, int64, bool, []string, servertypes.AppOptions, []string) (servertypes.ExportedApp, error) {
	return servertypes.ExportedApp{}, errors.New("export is not supported by this benchmark peer")
}

func newRootCmd(home string) *cobra.Command {
	var (
		basics   module.BasicManager
		cdc      codec.Codec
		amino    *codec.LegacyAmino
		registry codectypes.InterfaceRegistry
		txConfig client.TxConfig
	)
	if err := depinject.Inject(depinject.Configs(appConfig, depinject.Supply(log.NewNopLogger())),
		&basics, &cdc, &amino, &registry, &txConfig); err != nil {
		panic(err)
	}
	clientCtx := client.Context{}.
		WithCodec(cdc).WithInterfaceRegistry(registry).WithTxConfig(txConfig).WithLegacyAmino(amino).
		WithInput(os.Stdin).WithAccountRetriever(authtypes.AccountRetriever{}).
		WithHomeDir(home).WithViper("")

	root := &cobra.Command{
		Use:           "simd",
		Short:         "Cosmos SDK v0.50 benchmark peer",
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			cmd.SetOut(cmd.OutOrStdout())
			cmd.SetErr(cmd.ErrOrStderr())
			ctx, err := client.ReadPersistentCommandFlags(clientCtx.WithCmdContext(cmd.Context()), cmd.Flags())
			if err != nil {
				return err
			}
			if ctx, err = clientconfig.ReadFromClientConfig(ctx); err != nil {
				return err
			}
			if err := client.SetCmdClientContextHandler(ctx, cmd); err != nil {
				return err
			}
			// As simapp does: a zero minimum gas price, so `start` runs without editing app.toml.
			appCfg := serverconfig.DefaultConfig()
			appCfg.MinGasPrices = "0stake"
			return server.InterceptConfigsPreRunHandler(cmd, serverconfig.DefaultConfigTemplate, appCfg, cmtcfg.DefaultConfig())
		},
	}
	root.AddCommand(
		genutilcli.InitCmd(basics, home),
		genutilcli.Commands(txConfig, basics, home),
		keys.Commands(),
	)
	server.AddCommands(root, home, newApp, exportApp, func(*cobra.Command) {})
	return root
}

func main() {
	home := defaultHome()
	root := newRootCmd(home)
	if err := svrcmd.Execute(root, "", home); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
