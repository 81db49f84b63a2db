// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.136495314956) q[0];
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
rz(pi*-0.00221040248) q[0];
rz(pi*-0.00103984961) q[1];
rz(pi*-0.001783360762) q[2];
rz(pi*2.506236e-05) q[3];
rz(pi*-0.001194580965) q[4];
rz(pi*-0.000954483807) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004388074894) q[0];
rz(pi*-0.002567944503) q[1];
rz(pi*0.005265321683) q[2];
rz(pi*-0.002136534606) q[3];
rz(pi*-0.003355226969) q[4];
rz(pi*0.001073678835) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004479508123) q[0];
rz(pi*-0.00462818391) q[1];
rz(pi*-0.000663962867) q[2];
rz(pi*-0.002011607956) q[3];
rz(pi*-0.005605554632) q[4];
rz(pi*0.002339479863) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-7.4572538e-05) q[0];
rz(pi*0.000227424529) q[1];
rz(pi*-0.002394666546) q[2];
rz(pi*0.001447838391) q[3];
rz(pi*-0.001716576542) q[4];
rz(pi*-0.000454687346) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003527778773) q[0];
rz(pi*-0.003870907734) q[1];
rz(pi*0.004251317254) q[2];
rz(pi*-0.001614204042) q[3];
rz(pi*0.000928545171) q[4];
rz(pi*-0.000107549068) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
