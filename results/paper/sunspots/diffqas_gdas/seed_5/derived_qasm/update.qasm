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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.021151865003) q[0];
ry(pi*0.074332858617) q[1];
ry(pi*0.273271429069) q[2];
ry(pi*0.025457616255) q[3];
ry(pi*0.00107931337) q[4];
ry(pi*0.000160640847) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.161821202298) q[0];
ry(pi*0.138150090796) q[1];
ry(pi*-0.002938279791) q[2];
ry(pi*-0.072281771782) q[3];
ry(pi*-0.01554812879) q[4];
ry(pi*0.000200896645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.261413651488) q[0];
ry(pi*0.051721194833) q[1];
ry(pi*0.057709131557) q[2];
ry(pi*-0.162120079993) q[3];
ry(pi*0.001330607858) q[4];
ry(pi*0.000132223599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.157524292346) q[0];
ry(pi*0.064627064942) q[1];
ry(pi*-0.366474710609) q[2];
ry(pi*-0.067888470785) q[3];
ry(pi*0.088300913263) q[4];
ry(pi*0.280150681765) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.10324017812) q[0];
ry(pi*0.358275865366) q[1];
ry(pi*0.10221147574) q[2];
ry(pi*0.07097439294) q[3];
ry(pi*-0.014070336729) q[4];
ry(pi*-0.001415035844) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
