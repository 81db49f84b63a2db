// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.055643274438) q[0];
ry(pi*-0.068724955515) q[1];
ry(pi*-0.132737754034) q[2];
ry(pi*0.219667592199) q[3];
ry(pi*-0.069131878264) q[4];
ry(pi*0.025231038959) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.080281056921) q[0];
ry(pi*-0.447094431077) q[1];
ry(pi*-0.33435024394) q[2];
ry(pi*0.284103520938) q[3];
ry(pi*0.086436252647) q[4];
ry(pi*-0.027828498239) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.122652239788) q[0];
ry(pi*0.012223240134) q[1];
ry(pi*0.033171515696) q[2];
ry(pi*-0.136000573346) q[3];
ry(pi*-0.092720908916) q[4];
ry(pi*-0.278926977484) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.045505077615) q[0];
ry(pi*-0.396992640894) q[1];
ry(pi*0.087753577951) q[2];
ry(pi*0.516772530004) q[3];
ry(pi*0.33253333773) q[4];
ry(pi*0.086258345192) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.192995646572) q[0];
ry(pi*-0.036255822796) q[1];
ry(pi*0.004754122045) q[2];
ry(pi*-0.33577190987) q[3];
ry(pi*0.055530993718) q[4];
ry(pi*-0.001422479683) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
