// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101847654331) q[0];
ry(pi*0.041457232408) q[1];
ry(pi*-0.124211031252) q[2];
ry(pi*0.240277574183) q[3];
ry(pi*0.014805067056) q[4];
ry(pi*-0.005679791436) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.148802254612) q[0];
ry(pi*0.582959567464) q[1];
ry(pi*-0.223196200733) q[2];
ry(pi*0.357476467614) q[3];
ry(pi*-0.000945116532) q[4];
ry(pi*-0.033419306896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.266469888748) q[0];
ry(pi*-0.247803569902) q[1];
ry(pi*0.200492595014) q[2];
ry(pi*0.286046880511) q[3];
ry(pi*0.014783101357) q[4];
ry(pi*-0.001142883933) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004917592721) q[0];
ry(pi*0.140560179963) q[1];
ry(pi*0.328942859065) q[2];
ry(pi*0.139805377655) q[3];
ry(pi*-0.201822527709) q[4];
ry(pi*0.000874623288) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.271806144792) q[0];
ry(pi*0.344838568593) q[1];
ry(pi*-0.248614901511) q[2];
ry(pi*0.080659762452) q[3];
ry(pi*0.217374242348) q[4];
ry(pi*0.003535632305) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
