// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.147362374844) q[0];
ry(pi*0.495891731019) q[1];
ry(pi*0.066137338348) q[2];
ry(pi*0.000372964051) q[3];
ry(pi*-0.001667774929) q[4];
ry(pi*-0.500233530492) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000655177744) q[0];
ry(pi*0.480142377267) q[1];
ry(pi*-0.500412633231) q[2];
ry(pi*0.007691025422) q[3];
ry(pi*0.501946048645) q[4];
ry(pi*-0.501236733499) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001596228697) q[0];
ry(pi*0.489755640851) q[1];
ry(pi*0.000998008699) q[2];
ry(pi*0.000170655419) q[3];
ry(pi*0.000898108585) q[4];
ry(pi*0.000539377245) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00417799707) q[0];
ry(pi*0.497771171406) q[1];
ry(pi*-0.500103301552) q[2];
ry(pi*0.500903723832) q[3];
ry(pi*-0.002786652259) q[4];
ry(pi*0.001672762835) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.678968766605) q[0];
ry(pi*0.001527194725) q[1];
ry(pi*-0.000396011233) q[2];
ry(pi*0.994935897904) q[3];
ry(pi*0.311982000509) q[4];
ry(pi*0.001588366272) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
