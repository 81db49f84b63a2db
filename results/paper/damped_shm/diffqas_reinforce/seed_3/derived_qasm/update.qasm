// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.087358347157) q[0];
ry(pi*-0.123772627971) q[1];
ry(pi*0.012066582156) q[2];
ry(pi*0.285554177226) q[3];
ry(pi*0.02474803312) q[4];
ry(pi*-0.006207156152) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077488723807) q[0];
ry(pi*0.082049563652) q[1];
ry(pi*0.138204276964) q[2];
ry(pi*-0.037133409613) q[3];
ry(pi*-0.109708395724) q[4];
ry(pi*-0.019605954848) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.125196893168) q[0];
ry(pi*0.024357066451) q[1];
ry(pi*0.246213331108) q[2];
ry(pi*0.509156489624) q[3];
ry(pi*0.49138293342) q[4];
ry(pi*0.000724809284) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.158017963241) q[0];
ry(pi*-0.030220672389) q[1];
ry(pi*-0.333099143012) q[2];
ry(pi*-0.085108957164) q[3];
ry(pi*-0.002381334634) q[4];
ry(pi*-0.50668282278) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.2783420287) q[0];
ry(pi*0.017870304173) q[1];
ry(pi*0.076862471351) q[2];
ry(pi*-0.005209408403) q[3];
ry(pi*-0.023774031543) q[4];
ry(pi*0.00205765274) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
