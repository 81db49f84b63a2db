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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.069947407594) q[0];
rx(pi*0.075049900414) q[1];
rx(pi*-0.000953683617) q[2];
rx(pi*-0.002728234279) q[3];
rx(pi*-0.004067733983) q[4];
rx(pi*0.000310760452) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.149899742689) q[0];
rx(pi*0.073254566217) q[1];
rx(pi*0.004866057699) q[2];
rx(pi*-0.002329694224) q[3];
rx(pi*-0.001302547905) q[4];
rx(pi*0.004254583234) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.071266895792) q[0];
rx(pi*0.073647045963) q[1];
rx(pi*0.001059310906) q[2];
rx(pi*0.000161795516) q[3];
rx(pi*-0.000243404734) q[4];
rx(pi*0.001459401984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.150639584985) q[0];
rx(pi*0.070465842668) q[1];
rx(pi*0.003425278504) q[2];
rx(pi*-0.005413607343) q[3];
rx(pi*0.000633306242) q[4];
rx(pi*-0.000998779911) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.066894683004) q[0];
rx(pi*0.079650611488) q[1];
rx(pi*0.002855566911) q[2];
rx(pi*0.000859279819) q[3];
rx(pi*0.00028878573) q[4];
rx(pi*0.002634828775) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
