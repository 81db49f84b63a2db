// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002533377639) q[0];
rx(pi*-0.00010060922) q[1];
rx(pi*-0.002644116231) q[2];
rx(pi*-0.003691352614) q[3];
rx(pi*0.001550695289) q[4];
rx(pi*0.001490275536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000557415622) q[0];
rx(pi*0.002851752796) q[1];
rx(pi*-0.001770154395) q[2];
rx(pi*0.003399525667) q[3];
rx(pi*0.000125995609) q[4];
rx(pi*-0.000115631347) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00024223678) q[0];
rx(pi*8.7451897e-05) q[1];
rx(pi*0.007973017963) q[2];
rx(pi*-0.005337668328) q[3];
rx(pi*0.000566780933) q[4];
rx(pi*0.00396011285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002293880346) q[0];
rx(pi*-0.000703831799) q[1];
rx(pi*0.005775944728) q[2];
rx(pi*-0.003594857516) q[3];
rx(pi*-0.004159421268) q[4];
rx(pi*0.001808224251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004509968276) q[0];
rx(pi*-0.007312998167) q[1];
rx(pi*0.002846345266) q[2];
rx(pi*0.002270742043) q[3];
rx(pi*0.002333602017) q[4];
rx(pi*-0.001551668828) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
