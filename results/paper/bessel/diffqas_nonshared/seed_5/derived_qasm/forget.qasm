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
ry(pi*-0.022976739767) q[0];
ry(pi*0.024341534886) q[1];
ry(pi*0.27829493834) q[2];
ry(pi*-0.478570371284) q[3];
ry(pi*-0.03176293859) q[4];
ry(pi*0.016327760496) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.043314754527) q[0];
ry(pi*0.132024502044) q[1];
ry(pi*-0.14490545145) q[2];
ry(pi*-0.174734206161) q[3];
ry(pi*-0.027905674634) q[4];
ry(pi*0.08934095186) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.084625920494) q[0];
ry(pi*-0.162100670872) q[1];
ry(pi*-0.028561097689) q[2];
ry(pi*-0.095022379102) q[3];
ry(pi*-0.231768069169) q[4];
ry(pi*0.112161202032) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.061280248533) q[0];
ry(pi*-0.018019259215) q[1];
ry(pi*-0.013585128865) q[2];
ry(pi*-0.015998426798) q[3];
ry(pi*0.147779595052) q[4];
ry(pi*-0.024445759304) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.20372913707) q[0];
ry(pi*0.3873023859) q[1];
ry(pi*0.337249014169) q[2];
ry(pi*0.111792333871) q[3];
ry(pi*-0.029268750347) q[4];
ry(pi*-0.001734104248) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
