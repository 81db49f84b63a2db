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
rx(pi*-0.005431793315) q[0];
rx(pi*-0.20062134408) q[1];
rx(pi*0.002876649488) q[2];
rx(pi*0.000856436501) q[3];
rx(pi*-0.004332101138) q[4];
rx(pi*0.00355591269) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002126351873) q[0];
rx(pi*-0.195598840365) q[1];
rx(pi*0.001221978354) q[2];
rx(pi*0.005402083771) q[3];
rx(pi*0.000468787914) q[4];
rx(pi*0.004726184081) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004510428958) q[0];
rx(pi*-0.201841007165) q[1];
rx(pi*0.000234950133) q[2];
rx(pi*0.000827440881) q[3];
rx(pi*-0.004381529) q[4];
rx(pi*-0.004792675261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002578498094) q[0];
rx(pi*-0.20095534033) q[1];
rx(pi*0.002022960033) q[2];
rx(pi*0.000256024038) q[3];
rx(pi*0.001184866103) q[4];
rx(pi*-0.003354503929) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009502196526) q[0];
rx(pi*-0.200964409304) q[1];
rx(pi*-0.002390347134) q[2];
rx(pi*0.003990795637) q[3];
rx(pi*0.001069576867) q[4];
rx(pi*0.005911957985) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
