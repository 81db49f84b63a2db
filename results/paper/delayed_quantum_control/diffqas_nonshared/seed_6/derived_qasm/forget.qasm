// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.49646151046) q[0];
ry(pi*0.287941840606) q[1];
ry(pi*0.452597059145) q[2];
ry(pi*6.9067365e-05) q[3];
ry(pi*0.283579303919) q[4];
ry(pi*0.000106083645) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.928939119158) q[0];
ry(pi*-0.006319850123) q[1];
ry(pi*0.001710390092) q[2];
ry(pi*0.002321222299) q[3];
ry(pi*0.000472408448) q[4];
ry(pi*-0.500326990248) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000333746863) q[0];
ry(pi*-0.000548657253) q[1];
ry(pi*-0.289441882957) q[2];
ry(pi*0.173759917621) q[3];
ry(pi*-0.001584463074) q[4];
ry(pi*0.000174511092) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004297851475) q[0];
ry(pi*-0.014500081322) q[1];
ry(pi*-0.000807083938) q[2];
ry(pi*-0.055755033409) q[3];
ry(pi*-0.355254493241) q[4];
ry(pi*-0.001037288956) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.288972117724) q[0];
ry(pi*-1.007972983537) q[1];
ry(pi*0.000688253172) q[2];
ry(pi*-0.002744344217) q[3];
ry(pi*0.003846291483) q[4];
ry(pi*0.001255864719) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
