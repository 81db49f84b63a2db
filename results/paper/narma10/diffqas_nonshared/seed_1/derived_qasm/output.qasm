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
rx(pi*0.083285808919) q[0];
rx(pi*-0.000126769054) q[1];
rx(pi*-0.000301854767) q[2];
rx(pi*-0.000823969312) q[3];
rx(pi*0.00336054586) q[4];
rx(pi*-0.007164720808) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081113590577) q[0];
rx(pi*-0.00083815989) q[1];
rx(pi*-0.004537044166) q[2];
rx(pi*0.001059372049) q[3];
rx(pi*-0.002073119679) q[4];
rx(pi*0.002745246016) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.080090722317) q[0];
rx(pi*0.001186800286) q[1];
rx(pi*0.003879694191) q[2];
rx(pi*0.001218885944) q[3];
rx(pi*-0.002787514333) q[4];
rx(pi*-0.004820236734) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.087142437289) q[0];
rx(pi*-0.001297428821) q[1];
rx(pi*-0.002191786064) q[2];
rx(pi*0.000459165544) q[3];
rx(pi*-0.000609297675) q[4];
rx(pi*0.002712440949) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.080604694052) q[0];
rx(pi*-0.000899412294) q[1];
rx(pi*-0.002274584024) q[2];
rx(pi*0.001494680178) q[3];
rx(pi*-0.00329090224) q[4];
rx(pi*0.002119589571) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
