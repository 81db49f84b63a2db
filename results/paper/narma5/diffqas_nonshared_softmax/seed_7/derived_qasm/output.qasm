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
rx(pi*0.099290725583) q[0];
rx(pi*-0.006151311648) q[1];
rx(pi*-0.002393758226) q[2];
rx(pi*0.0008006982) q[3];
rx(pi*0.00533733334) q[4];
rx(pi*-0.0021464535) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102712185525) q[0];
rx(pi*0.000475053108) q[1];
rx(pi*0.001819296776) q[2];
rx(pi*0.003470789975) q[3];
rx(pi*-0.000935205865) q[4];
rx(pi*-0.001061758243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098408929188) q[0];
rx(pi*0.001569276724) q[1];
rx(pi*-0.000683982451) q[2];
rx(pi*0.002566507021) q[3];
rx(pi*0.005628805734) q[4];
rx(pi*-4.1046868e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101846572884) q[0];
rx(pi*0.002083946448) q[1];
rx(pi*0.001971264187) q[2];
rx(pi*-0.00022816543) q[3];
rx(pi*-3.6863405e-05) q[4];
rx(pi*0.001137224422) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097194246449) q[0];
rx(pi*0.002904931333) q[1];
rx(pi*-0.002362670638) q[2];
rx(pi*0.00644978795) q[3];
rx(pi*-0.004000978666) q[4];
rx(pi*-0.003980780398) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
