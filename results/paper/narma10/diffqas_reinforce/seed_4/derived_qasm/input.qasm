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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000563906821) q[0];
rx(pi*-0.000324998499) q[1];
rx(pi*-0.000318315274) q[2];
rx(pi*-0.005901506373) q[3];
rx(pi*-0.002138082367) q[4];
rx(pi*-0.002251711636) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001074045468) q[0];
rx(pi*-0.001266246073) q[1];
rx(pi*-0.001265359245) q[2];
rx(pi*0.000471861981) q[3];
rx(pi*-0.001304766828) q[4];
rx(pi*-0.000703059845) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003518062355) q[0];
rx(pi*0.000280682681) q[1];
rx(pi*-4.9219958e-05) q[2];
rx(pi*0.003190887993) q[3];
rx(pi*0.005688285891) q[4];
rx(pi*0.003033686624) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003942720473) q[0];
rx(pi*0.003079462528) q[1];
rx(pi*0.000251754781) q[2];
rx(pi*0.000514106397) q[3];
rx(pi*0.000382299606) q[4];
rx(pi*0.001612959696) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001700873777) q[0];
rx(pi*0.00477439235) q[1];
rx(pi*0.000949606403) q[2];
rx(pi*-7.478448e-05) q[3];
rx(pi*0.002184140936) q[4];
rx(pi*-0.00013147826) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
