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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001827295716) q[0];
ry(pi*-0.001509134447) q[1];
ry(pi*0.000701208001) q[2];
ry(pi*0.002482552909) q[3];
ry(pi*0.001458608834) q[4];
ry(pi*-0.023625458328) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005502527276) q[0];
ry(pi*0.493113627465) q[1];
ry(pi*0.48963914818) q[2];
ry(pi*0.00490729793) q[3];
ry(pi*0.000778384396) q[4];
ry(pi*0.001324706296) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007754750731) q[0];
ry(pi*-0.481450965621) q[1];
ry(pi*0.002064468996) q[2];
ry(pi*0.005584426698) q[3];
ry(pi*-0.004679718043) q[4];
ry(pi*0.162613750888) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.230560093296) q[0];
ry(pi*-0.091633077968) q[1];
ry(pi*-0.000199283072) q[2];
ry(pi*-0.008366721451) q[3];
ry(pi*0.499573392709) q[4];
ry(pi*0.139824597049) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.522254591613) q[0];
ry(pi*-0.00149581128) q[1];
ry(pi*-0.001954165443) q[2];
ry(pi*1.446104e-06) q[3];
ry(pi*-0.499007663318) q[4];
ry(pi*0.002482821788) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
