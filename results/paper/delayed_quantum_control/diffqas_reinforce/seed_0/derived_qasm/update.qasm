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
ry(pi*-0.000176391933) q[0];
ry(pi*-0.336476481829) q[1];
ry(pi*0.002826316863) q[2];
ry(pi*-0.000442429654) q[3];
ry(pi*0.000634647674) q[4];
ry(pi*5.659434e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000511636494) q[0];
ry(pi*6.5434297e-05) q[1];
ry(pi*-0.00088110715) q[2];
ry(pi*0.50012075648) q[3];
ry(pi*-0.000405577092) q[4];
ry(pi*-0.000133302396) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500537360074) q[0];
ry(pi*-0.499166199598) q[1];
ry(pi*-0.000152038086) q[2];
ry(pi*-1.200987e-05) q[3];
ry(pi*0.010416192638) q[4];
ry(pi*0.007538809438) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.499951291898) q[0];
ry(pi*-0.002608832553) q[1];
ry(pi*-0.001045631778) q[2];
ry(pi*-7.2202158e-05) q[3];
ry(pi*0.489436101834) q[4];
ry(pi*0.502326983473) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000314321178) q[0];
ry(pi*-0.781189377724) q[1];
ry(pi*-3.8377213e-05) q[2];
ry(pi*-0.000440355844) q[3];
ry(pi*-0.028418659786) q[4];
ry(pi*-0.003756349097) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
