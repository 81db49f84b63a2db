// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.49371259711) q[0];
ry(pi*0.000200994065) q[1];
ry(pi*-0.503714081057) q[2];
ry(pi*-0.0005340764) q[3];
ry(pi*-0.500112560253) q[4];
ry(pi*-8.1892855e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-5.823066e-06) q[0];
ry(pi*-0.004772591718) q[1];
ry(pi*-0.010278330724) q[2];
ry(pi*-0.012021370099) q[3];
ry(pi*-0.002440671309) q[4];
ry(pi*-0.070206086779) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.485451786873) q[0];
ry(pi*0.000168873222) q[1];
ry(pi*-0.500435666146) q[2];
ry(pi*0.24190733321) q[3];
ry(pi*-0.016184624158) q[4];
ry(pi*0.570172694428) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000126924662) q[0];
ry(pi*-0.49938081932) q[1];
ry(pi*0.500404512895) q[2];
ry(pi*0.002471433693) q[3];
ry(pi*0.002499492904) q[4];
ry(pi*-0.009091224874) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-5.925779e-06) q[0];
ry(pi*0.499914636549) q[1];
ry(pi*-0.011786666537) q[2];
ry(pi*0.399572365398) q[3];
ry(pi*-0.59909376443) q[4];
ry(pi*0.001834210245) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
