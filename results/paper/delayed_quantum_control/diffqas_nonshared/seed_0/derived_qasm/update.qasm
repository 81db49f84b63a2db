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
rz(pi*-0.316916735344) q[0];
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
rx(pi*-0.017417234958) q[0];
rx(pi*-0.033861509469) q[1];
rx(pi*-0.067383738778) q[2];
rx(pi*0.042051634363) q[3];
rx(pi*0.23708207018) q[4];
rx(pi*0.221555703131) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.227275398406) q[0];
rx(pi*-0.12372104107) q[1];
rx(pi*0.470723129001) q[2];
rx(pi*-0.007370691921) q[3];
rx(pi*0.111636045862) q[4];
rx(pi*-0.015279730815) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.081374655585) q[0];
rx(pi*0.143388551812) q[1];
rx(pi*-0.003982750895) q[2];
rx(pi*0.130437706804) q[3];
rx(pi*0.004489197861) q[4];
rx(pi*0.358936306713) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.014094836475) q[0];
rx(pi*-0.086539720526) q[1];
rx(pi*0.195795967213) q[2];
rx(pi*0.094176336851) q[3];
rx(pi*0.383151262541) q[4];
rx(pi*0.357921150875) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.306122608893) q[0];
rx(pi*-0.060425967366) q[1];
rx(pi*-0.035639599809) q[2];
rx(pi*0.380782363209) q[3];
rx(pi*-0.104150851037) q[4];
rx(pi*0.0009229491) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
