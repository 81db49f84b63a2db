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
rx(pi*0.000932802478) q[0];
rx(pi*0.00145907337) q[1];
rx(pi*0.002487600252) q[2];
rx(pi*-0.000352227542) q[3];
rx(pi*0.000205341863) q[4];
rx(pi*-0.000683758484) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00270922329) q[0];
rx(pi*0.003687560732) q[1];
rx(pi*-0.000535243076) q[2];
rx(pi*0.004098387718) q[3];
rx(pi*-0.004123564554) q[4];
rx(pi*-0.006169428251) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003593654821) q[0];
rx(pi*-0.009423402705) q[1];
rx(pi*-0.006802117211) q[2];
rx(pi*-0.006974416441) q[3];
rx(pi*-0.012619359089) q[4];
rx(pi*0.008192543919) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001039183563) q[0];
rx(pi*0.000823516116) q[1];
rx(pi*-0.007843242591) q[2];
rx(pi*-0.003032979) q[3];
rx(pi*-0.00117614605) q[4];
rx(pi*0.005836467794) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001946292049) q[0];
rx(pi*0.004451796943) q[1];
rx(pi*-0.001191808202) q[2];
rx(pi*-0.000784971719) q[3];
rx(pi*-0.012399805267) q[4];
rx(pi*0.001474824605) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
