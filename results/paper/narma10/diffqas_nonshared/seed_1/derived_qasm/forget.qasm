// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.018394038573) q[0];
rx(pi*0.002580791721) q[1];
rx(pi*0.001051815708) q[2];
rx(pi*-0.004148074972) q[3];
rx(pi*0.002881838831) q[4];
rx(pi*0.001420852918) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.021260590705) q[0];
rx(pi*0.001815261807) q[1];
rx(pi*0.001160471744) q[2];
rx(pi*0.00093625826) q[3];
rx(pi*9.0474614e-05) q[4];
rx(pi*0.001740244155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.021838227866) q[0];
rx(pi*-0.000553055002) q[1];
rx(pi*-0.001534631893) q[2];
rx(pi*0.001906190182) q[3];
rx(pi*0.000126443516) q[4];
rx(pi*-0.000930916912) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.022040349291) q[0];
rx(pi*-0.000853165925) q[1];
rx(pi*2.5918244e-05) q[2];
rx(pi*-0.000877272654) q[3];
rx(pi*0.004119134121) q[4];
rx(pi*0.003204503015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.028123960839) q[0];
rx(pi*-0.006047426368) q[1];
rx(pi*-0.000556317203) q[2];
rx(pi*-0.001343874256) q[3];
rx(pi*0.000680046421) q[4];
rx(pi*0.000691757201) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
