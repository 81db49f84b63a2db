// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.004741690152) q[0];
rz(pi*0.00440593329) q[1];
rz(pi*0.003447466836) q[2];
rz(pi*-0.000952352634) q[3];
rz(pi*0.006710890311) q[4];
rz(pi*-0.001110503085) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003619565369) q[0];
rz(pi*-0.000496157992) q[1];
rz(pi*0.003430851156) q[2];
rz(pi*-0.002984007373) q[3];
rz(pi*0.006210941215) q[4];
rz(pi*-0.002853731891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003038019822) q[0];
rz(pi*0.001733076903) q[1];
rz(pi*-0.000490379716) q[2];
rz(pi*0.003439440771) q[3];
rz(pi*-0.004774005781) q[4];
rz(pi*0.004321286079) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000202715045) q[0];
rz(pi*-0.001726624539) q[1];
rz(pi*0.002384694885) q[2];
rz(pi*0.003373763047) q[3];
rz(pi*0.002450335256) q[4];
rz(pi*0.006364618693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003440059164) q[0];
rz(pi*0.004085528345) q[1];
rz(pi*-0.001718440614) q[2];
rz(pi*0.000339076389) q[3];
rz(pi*0.001792029825) q[4];
rz(pi*-5.6474806e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
