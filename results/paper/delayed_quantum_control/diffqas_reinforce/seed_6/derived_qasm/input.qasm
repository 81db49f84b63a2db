// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000702774142) q[0];
ry(pi*-0.00060899248) q[1];
ry(pi*0.000114637918) q[2];
ry(pi*2.464639e-06) q[3];
ry(pi*0.001812727018) q[4];
ry(pi*-1.0812e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00350561475) q[0];
ry(pi*2.081814e-06) q[1];
ry(pi*-0.000380250994) q[2];
ry(pi*-0.000698549) q[3];
ry(pi*-4.1e-11) q[4];
ry(pi*5.26e-10) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.7317029e-05) q[0];
ry(pi*0.000155265195) q[1];
ry(pi*-0.003475274066) q[2];
ry(pi*3.35e-10) q[3];
ry(pi*-0.00699000611) q[4];
ry(pi*-4.45e-10) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00267805907) q[0];
ry(pi*-0.000869814437) q[1];
ry(pi*-9.43756e-07) q[2];
ry(pi*-2.2452e-08) q[3];
ry(pi*1.101e-09) q[4];
ry(pi*-1.4e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000125052613) q[0];
ry(pi*0.000170164443) q[1];
ry(pi*-0.67462377971) q[2];
ry(pi*-0.000244898726) q[3];
ry(pi*-1.0106294e-05) q[4];
ry(pi*-0.004012440874) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
