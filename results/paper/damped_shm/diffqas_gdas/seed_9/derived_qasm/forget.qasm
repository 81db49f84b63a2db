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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000447483149) q[0];
ry(pi*-0.012686602065) q[1];
ry(pi*-1.4881718e-05) q[2];
ry(pi*0.397044853896) q[3];
ry(pi*-0.088345024901) q[4];
ry(pi*-0.190098489026) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000154038525) q[0];
ry(pi*0.024583828732) q[1];
ry(pi*-0.253459915172) q[2];
ry(pi*0.249320516971) q[3];
ry(pi*0.298679713809) q[4];
ry(pi*0.200645951734) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.499806833397) q[0];
ry(pi*0.499238865222) q[1];
ry(pi*0.49897833145) q[2];
ry(pi*-0.497568808079) q[3];
ry(pi*0.494435648524) q[4];
ry(pi*-0.489020295095) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000121852148) q[0];
ry(pi*-0.253618128915) q[1];
ry(pi*0.249483587737) q[2];
ry(pi*0.298813964972) q[3];
ry(pi*-0.200676232239) q[4];
ry(pi*-0.024725571758) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.4877013e-05) q[0];
ry(pi*0.3970658757) q[1];
ry(pi*-0.088358002261) q[2];
ry(pi*0.189919063751) q[3];
ry(pi*9.5046694e-05) q[4];
ry(pi*0.002949559682) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
