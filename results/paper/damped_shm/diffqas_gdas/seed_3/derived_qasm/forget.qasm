// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*-0.000255681732) q[0];
rz(pi*-0.00180148359) q[1];
rz(pi*0.005550540778) q[2];
rz(pi*0.00066326673) q[3];
rz(pi*-0.003216743105) q[4];
rz(pi*-0.002508656149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000182902735) q[0];
rz(pi*0.007307715443) q[1];
rz(pi*-0.000567460765) q[2];
rz(pi*0.000405752368) q[3];
rz(pi*0.001636264456) q[4];
rz(pi*-0.000127727428) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007259557866) q[0];
rz(pi*-0.001691945024) q[1];
rz(pi*0.002368852344) q[2];
rz(pi*0.000510711869) q[3];
rz(pi*0.001977298707) q[4];
rz(pi*-0.003745338975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005628059868) q[0];
rz(pi*-0.000386835167) q[1];
rz(pi*0.00010873354) q[2];
rz(pi*-0.002976104038) q[3];
rz(pi*-0.002322677568) q[4];
rz(pi*0.001796049232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003140112473) q[0];
rz(pi*0.002397673727) q[1];
rz(pi*0.003848272356) q[2];
rz(pi*0.00227428298) q[3];
rz(pi*9.0593175e-05) q[4];
rz(pi*0.002662747766) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
