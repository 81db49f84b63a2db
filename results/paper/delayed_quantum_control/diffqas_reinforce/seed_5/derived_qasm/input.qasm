// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.47380722503) q[0];
ry(pi*0.349030976651) q[1];
ry(pi*0.014432787358) q[2];
ry(pi*0.013503739335) q[3];
ry(pi*-0.004120108253) q[4];
ry(pi*0.001821092073) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006062940147) q[0];
ry(pi*0.500135744951) q[1];
ry(pi*0.020374321485) q[2];
ry(pi*-0.512307445616) q[3];
ry(pi*0.000870195968) q[4];
ry(pi*0.003590926303) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000412114834) q[0];
ry(pi*-0.004527928947) q[1];
ry(pi*-0.004829048093) q[2];
ry(pi*0.00380284063) q[3];
ry(pi*-0.005908404745) q[4];
ry(pi*-0.003402776825) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000571329501) q[0];
ry(pi*0.509579164497) q[1];
ry(pi*0.001966521445) q[2];
ry(pi*-0.000786550978) q[3];
ry(pi*0.001429253695) q[4];
ry(pi*0.000786023595) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004292906406) q[0];
ry(pi*-0.001051365549) q[1];
ry(pi*0.493977760232) q[2];
ry(pi*0.016929476446) q[3];
ry(pi*0.001312547729) q[4];
ry(pi*-0.002639971871) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
