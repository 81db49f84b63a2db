// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.156641993173) q[0];
ry(pi*0.017216113161) q[1];
ry(pi*-0.001236278543) q[2];
ry(pi*0.023697426703) q[3];
ry(pi*0.155767899714) q[4];
ry(pi*-0.007322227223) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.156644032744) q[0];
ry(pi*-0.48233486799) q[1];
ry(pi*0.123097985522) q[2];
ry(pi*-0.002197959618) q[3];
ry(pi*-0.001380383455) q[4];
ry(pi*-0.001359394111) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001882988735) q[0];
ry(pi*-0.000907050382) q[1];
ry(pi*-0.03349502476) q[2];
ry(pi*0.499152501274) q[3];
ry(pi*-0.011230686767) q[4];
ry(pi*-0.001155528676) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.164875568031) q[0];
ry(pi*0.007059289842) q[1];
ry(pi*0.00713859652) q[2];
ry(pi*0.000154109108) q[3];
ry(pi*-0.638451553212) q[4];
ry(pi*-0.003546141132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.103719031299) q[0];
ry(pi*0.093425784438) q[1];
ry(pi*0.347137648213) q[2];
ry(pi*0.001424982307) q[3];
ry(pi*0.634981058204) q[4];
ry(pi*-0.004790678379) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
