// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00249688593) q[0];
rz(pi*0.003148329748) q[1];
rz(pi*0.000607114364) q[2];
rz(pi*-0.005458750625) q[3];
rz(pi*0.005888156673) q[4];
rz(pi*0.004441126254) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004055344482) q[0];
rz(pi*-0.00287458798) q[1];
rz(pi*-0.001561215677) q[2];
rz(pi*-0.001826818582) q[3];
rz(pi*0.004679151529) q[4];
rz(pi*0.000307418581) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000958156813) q[0];
rz(pi*-0.000710046856) q[1];
rz(pi*-0.004353811001) q[2];
rz(pi*0.002884354795) q[3];
rz(pi*0.007167812773) q[4];
rz(pi*-0.000807485033) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002775588775) q[0];
rz(pi*-0.002068227675) q[1];
rz(pi*-0.001946879463) q[2];
rz(pi*-0.004617507886) q[3];
rz(pi*-0.001587624112) q[4];
rz(pi*-0.001015634307) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004739613229) q[0];
rz(pi*0.001398809846) q[1];
rz(pi*-0.001373083986) q[2];
rz(pi*-0.003615029697) q[3];
rz(pi*0.000161022895) q[4];
rz(pi*0.005115651606) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
