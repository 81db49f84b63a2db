// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02070368127) q[0];
ry(pi*-0.610605706767) q[1];
ry(pi*0.054963556779) q[2];
ry(pi*-0.013441905965) q[3];
ry(pi*0.043121815913) q[4];
ry(pi*0.489593423858) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.112912826404) q[0];
ry(pi*-0.124335321722) q[1];
ry(pi*0.113994396346) q[2];
ry(pi*0.505771258144) q[3];
ry(pi*0.01575705313) q[4];
ry(pi*0.014381547895) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.512107055455) q[0];
ry(pi*0.0992005576) q[1];
ry(pi*0.049192137051) q[2];
ry(pi*0.490062657854) q[3];
ry(pi*0.436568806002) q[4];
ry(pi*0.047108768086) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.508651586862) q[0];
ry(pi*0.008807206398) q[1];
ry(pi*-0.043119041149) q[2];
ry(pi*0.01477541858) q[3];
ry(pi*0.009131483858) q[4];
ry(pi*-0.509074185845) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.115903491137) q[0];
ry(pi*0.493548862297) q[1];
ry(pi*0.001280738732) q[2];
ry(pi*0.018105342129) q[3];
ry(pi*0.246201302386) q[4];
ry(pi*-0.003409950006) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
