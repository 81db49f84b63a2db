// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.149657223542) q[0];
rx(pi*-0.100337205428) q[1];
rx(pi*0.001369451446) q[2];
rx(pi*0.024815708911) q[3];
rx(pi*-0.01370118042) q[4];
rx(pi*0.002838781958) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.199717975671) q[0];
rx(pi*-0.077458362667) q[1];
rx(pi*0.021095565745) q[2];
rx(pi*-0.007123580776) q[3];
rx(pi*-0.011876891439) q[4];
rx(pi*-0.002489968585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.038100448191) q[0];
rx(pi*-0.085278488151) q[1];
rx(pi*-0.008949796083) q[2];
rx(pi*0.019122418958) q[3];
rx(pi*-0.009006797332) q[4];
rx(pi*-0.003613133311) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.218310926902) q[0];
rx(pi*-0.098524767299) q[1];
rx(pi*0.030548450321) q[2];
rx(pi*-0.003895968658) q[3];
rx(pi*-0.016786815613) q[4];
rx(pi*-0.000605493417) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.064008164426) q[0];
rx(pi*-0.096087461726) q[1];
rx(pi*-0.005997565394) q[2];
rx(pi*0.01955010738) q[3];
rx(pi*-0.010326481186) q[4];
rx(pi*0.00287694149) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
