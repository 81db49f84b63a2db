// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.088050216861) q[0];
ry(pi*0.305997635404) q[1];
ry(pi*0.046928863749) q[2];
ry(pi*-0.023801359415) q[3];
ry(pi*0.23643908376) q[4];
ry(pi*0.001193000817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.193235575939) q[0];
ry(pi*0.495907819909) q[1];
ry(pi*-0.158306889729) q[2];
ry(pi*0.067044430158) q[3];
ry(pi*0.072271284595) q[4];
ry(pi*0.000659386655) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.17271118002) q[0];
ry(pi*-0.283983347554) q[1];
ry(pi*-0.08640547885) q[2];
ry(pi*0.145585083731) q[3];
ry(pi*-0.019628380636) q[4];
ry(pi*-0.000750491418) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.169490973499) q[0];
ry(pi*0.2920669713) q[1];
ry(pi*0.296469900967) q[2];
ry(pi*0.418471119376) q[3];
ry(pi*0.13844596131) q[4];
ry(pi*1.9054622e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.266470837386) q[0];
ry(pi*0.253760538359) q[1];
ry(pi*-0.304745244329) q[2];
ry(pi*-0.018502196278) q[3];
ry(pi*0.344726515545) q[4];
ry(pi*0.00353544406) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
