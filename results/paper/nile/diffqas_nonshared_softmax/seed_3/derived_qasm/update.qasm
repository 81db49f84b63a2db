// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.064197488732) q[0];
ry(pi*0.031766903894) q[1];
ry(pi*0.001358453033) q[2];
ry(pi*0.00358167531) q[3];
ry(pi*-0.506343590051) q[4];
ry(pi*0.245067339202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.058000548219) q[0];
ry(pi*0.32135087613) q[1];
ry(pi*-0.504279355102) q[2];
ry(pi*-0.001863973743) q[3];
ry(pi*-0.004210123268) q[4];
ry(pi*0.252798733888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.028406510112) q[0];
ry(pi*0.001644651152) q[1];
ry(pi*-0.008179727828) q[2];
ry(pi*-0.002090950357) q[3];
ry(pi*0.012221226651) q[4];
ry(pi*-0.242841342606) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000886457539) q[0];
ry(pi*0.003295985454) q[1];
ry(pi*-0.167684919701) q[2];
ry(pi*0.000927804122) q[3];
ry(pi*0.080139871219) q[4];
ry(pi*-0.268056427856) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003046359826) q[0];
ry(pi*0.003760405708) q[1];
ry(pi*-0.00044123022) q[2];
ry(pi*-0.004407311482) q[3];
ry(pi*0.061385011303) q[4];
ry(pi*0.002057573588) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
