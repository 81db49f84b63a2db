// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.016378823275) q[0];
ry(pi*-0.012819112478) q[1];
ry(pi*0.147053830535) q[2];
ry(pi*-0.006703406155) q[3];
ry(pi*0.027297600441) q[4];
ry(pi*0.009648691633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.081665033488) q[0];
ry(pi*-0.081935983298) q[1];
ry(pi*0.024981364714) q[2];
ry(pi*-0.048479591796) q[3];
ry(pi*-0.035760117074) q[4];
ry(pi*0.00539118867) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004976373851) q[0];
ry(pi*0.265534095914) q[1];
ry(pi*-0.109535686801) q[2];
ry(pi*-0.350987598175) q[3];
ry(pi*-0.063668580702) q[4];
ry(pi*0.004047556465) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.069227643208) q[0];
ry(pi*-0.51319593939) q[1];
ry(pi*0.305198294571) q[2];
ry(pi*0.051701316136) q[3];
ry(pi*0.094205460018) q[4];
ry(pi*-0.007062776677) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.039120112428) q[0];
ry(pi*0.408966076345) q[1];
ry(pi*-0.383403448303) q[2];
ry(pi*0.014110011116) q[3];
ry(pi*-0.416816809614) q[4];
ry(pi*-0.002145702594) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
