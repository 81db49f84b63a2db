// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.166514490895) q[0];
ry(pi*-0.14366010875) q[1];
ry(pi*-0.01131769816) q[2];
ry(pi*-0.003800712717) q[3];
ry(pi*-0.083675309943) q[4];
ry(pi*-0.000149429972) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.127086057087) q[0];
ry(pi*-0.190362570701) q[1];
ry(pi*-0.137627021629) q[2];
ry(pi*-0.070351925548) q[3];
ry(pi*0.000986271905) q[4];
ry(pi*0.000171681355) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.175227858083) q[0];
ry(pi*-0.120129613768) q[1];
ry(pi*-0.147452580773) q[2];
ry(pi*-0.090557067041) q[3];
ry(pi*-0.340278772249) q[4];
ry(pi*-0.00516553926) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.048820332858) q[0];
ry(pi*-0.122443843127) q[1];
ry(pi*-0.218070599107) q[2];
ry(pi*0.003189569091) q[3];
ry(pi*0.022080481395) q[4];
ry(pi*0.002035365542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002845293168) q[0];
ry(pi*-0.030221877158) q[1];
ry(pi*-0.08444902808) q[2];
ry(pi*-0.142750887249) q[3];
ry(pi*-0.133796452329) q[4];
ry(pi*-0.003269142573) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
