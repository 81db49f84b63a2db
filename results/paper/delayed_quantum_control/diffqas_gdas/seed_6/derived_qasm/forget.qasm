// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001114915805) q[0];
rz(pi*-0.004177226303) q[1];
rz(pi*-0.003885037095) q[2];
rz(pi*-0.002883801028) q[3];
rz(pi*-0.002321264839) q[4];
rz(pi*0.002565178336) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001988207295) q[0];
rz(pi*-0.00015978535) q[1];
rz(pi*0.000844723571) q[2];
rz(pi*0.000857817065) q[3];
rz(pi*0.000662030982) q[4];
rz(pi*-0.003636724737) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003629111922) q[0];
rz(pi*0.001017228611) q[1];
rz(pi*-0.003036282333) q[2];
rz(pi*-0.002743400027) q[3];
rz(pi*0.003105047278) q[4];
rz(pi*0.001358322596) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004026137123) q[0];
rz(pi*-0.003820586671) q[1];
rz(pi*0.001081456624) q[2];
rz(pi*-0.001729403453) q[3];
rz(pi*0.000764741286) q[4];
rz(pi*-0.001790216001) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002411886687) q[0];
rz(pi*0.00511908508) q[1];
rz(pi*0.002688085574) q[2];
rz(pi*-0.007024194409) q[3];
rz(pi*-0.001366712108) q[4];
rz(pi*0.000459337003) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
