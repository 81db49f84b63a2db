// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.072062987542) q[0];
rx(pi*0.061713752102) q[1];
rx(pi*0.029421331556) q[2];
rx(pi*-0.020400529964) q[3];
rx(pi*-0.057330554093) q[4];
rx(pi*-0.002833653091) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.02272426467) q[0];
rx(pi*-0.149228221257) q[1];
rx(pi*-0.019516430752) q[2];
rx(pi*-0.042429267933) q[3];
rx(pi*-0.049019598884) q[4];
rx(pi*0.000565951579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.036562699876) q[0];
rx(pi*-0.184462729187) q[1];
rx(pi*-0.005992326544) q[2];
rx(pi*-0.017517893685) q[3];
rx(pi*-0.051248835076) q[4];
rx(pi*0.005531739378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.472079528679) q[0];
rx(pi*-0.340803444613) q[1];
rx(pi*-0.016723669565) q[2];
rx(pi*-0.037705231627) q[3];
rx(pi*-0.04813195414) q[4];
rx(pi*-0.000856011022) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.02678193776) q[0];
rx(pi*0.091797751931) q[1];
rx(pi*0.035798546375) q[2];
rx(pi*-0.017516195624) q[3];
rx(pi*-0.049407572601) q[4];
rx(pi*-0.006077597187) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
