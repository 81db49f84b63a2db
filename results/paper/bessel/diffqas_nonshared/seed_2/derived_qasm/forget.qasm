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
rx(pi*0.071966179097) q[0];
rx(pi*-0.154732025636) q[1];
rx(pi*0.037524305133) q[2];
rx(pi*-0.002058569509) q[3];
rx(pi*0.093299558748) q[4];
rx(pi*0.003752775699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.514009149302) q[0];
rx(pi*-0.032677192613) q[1];
rx(pi*0.023019753357) q[2];
rx(pi*0.00010901097) q[3];
rx(pi*0.106519038891) q[4];
rx(pi*2.1591536e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.172208781661) q[0];
rx(pi*-0.063911574168) q[1];
rx(pi*0.023544015436) q[2];
rx(pi*-0.000373785104) q[3];
rx(pi*0.0963928281) q[4];
rx(pi*-0.000331154822) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.114667549434) q[0];
rx(pi*0.004289776496) q[1];
rx(pi*0.042156582117) q[2];
rx(pi*0.002385635518) q[3];
rx(pi*0.109138757947) q[4];
rx(pi*-0.003147716098) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.113327324023) q[0];
rx(pi*-0.252917009997) q[1];
rx(pi*0.042946479265) q[2];
rx(pi*0.000734193754) q[3];
rx(pi*0.093363240775) q[4];
rx(pi*-0.001101842915) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
