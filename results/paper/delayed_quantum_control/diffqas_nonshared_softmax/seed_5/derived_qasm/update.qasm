// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.499365223721) q[0];
ry(pi*0.0886392353) q[1];
ry(pi*-0.000411533349) q[2];
ry(pi*-0.000820665016) q[3];
ry(pi*-0.001368961564) q[4];
ry(pi*-0.002549943516) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.023376403069) q[0];
ry(pi*0.338009138333) q[1];
ry(pi*-0.508079786192) q[2];
ry(pi*0.018623253081) q[3];
ry(pi*-0.057853708638) q[4];
ry(pi*-0.041525221249) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03469466211) q[0];
ry(pi*-0.003475815382) q[1];
ry(pi*0.001616210114) q[2];
ry(pi*-0.013982515437) q[3];
ry(pi*-0.522486818045) q[4];
ry(pi*-0.000842201011) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002125222254) q[0];
ry(pi*0.498028403919) q[1];
ry(pi*-0.000520445741) q[2];
ry(pi*0.504639685526) q[3];
ry(pi*-0.504006678772) q[4];
ry(pi*8.5209296e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001079335233) q[0];
ry(pi*-0.024108025422) q[1];
ry(pi*-0.494863597821) q[2];
ry(pi*0.005771538901) q[3];
ry(pi*0.514471742836) q[4];
ry(pi*0.000781218079) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
