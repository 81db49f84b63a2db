// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(0) q[0];
rx(pi*-0.001094330004) q[1];
rx(pi*-0.000535539747) q[2];
rx(0) q[3];
rx(pi*-0.002154883032) q[4];
rx(pi*0.000539792718) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000625787105) q[0];
rx(0) q[1];
rx(pi*0.001693102065) q[2];
rx(pi*0.000512711455) q[3];
rx(0) q[4];
rx(pi*-1.56874e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-2.0578e-08) q[0];
rx(pi*0.000519040794) q[1];
rx(0) q[2];
rx(pi*0.00174879375) q[3];
rx(0) q[4];
rx(pi*-0.001141977391) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(0) q[0];
rx(pi*-0.002179198535) q[1];
rx(pi*0.000515699256) q[2];
rx(pi*0.000723903261) q[3];
rx(pi*0.000696647427) q[4];
rx(pi*-0.000679664446) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000653819191) q[0];
rx(0) q[1];
rx(pi*1.48598e-07) q[2];
rx(pi*-0.000264748723) q[3];
rx(pi*0.000883952321) q[4];
rx(pi*0.002421955435) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
