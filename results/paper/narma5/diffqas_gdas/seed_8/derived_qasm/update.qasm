// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.001806589482) q[0];
rx(pi*-0.001888744296) q[1];
rx(pi*0.003446796564) q[2];
rx(pi*-0.001051264164) q[3];
rx(pi*0.005611008111) q[4];
rx(pi*-0.001097321991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.244246e-05) q[0];
rx(pi*-0.000832220234) q[1];
rx(pi*0.001955056124) q[2];
rx(pi*0.000595033355) q[3];
rx(pi*0.004365415208) q[4];
rx(pi*-0.001761287304) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001055394739) q[0];
rx(pi*0.00664967059) q[1];
rx(pi*-0.000801831229) q[2];
rx(pi*0.001695399991) q[3];
rx(pi*0.00500350488) q[4];
rx(pi*0.001761742205) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000901325874) q[0];
rx(pi*-0.006061997438) q[1];
rx(pi*0.007580976963) q[2];
rx(pi*0.001369675858) q[3];
rx(pi*0.004012383956) q[4];
rx(pi*-0.001516114343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003808146477) q[0];
rx(pi*0.002134691137) q[1];
rx(pi*0.000121895096) q[2];
rx(pi*-0.002870566054) q[3];
rx(pi*0.001171952776) q[4];
rx(pi*-0.001548673802) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
