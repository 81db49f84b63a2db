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
rx(pi*0.183717422739) q[0];
rx(pi*-0.10504889759) q[1];
rx(pi*0.12671838421) q[2];
rx(pi*0.047850441253) q[3];
rx(pi*0.288637115918) q[4];
rx(pi*-0.034820256957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.192831001067) q[0];
rx(pi*0.006817764392) q[1];
rx(pi*-0.01415076695) q[2];
rx(pi*-0.000531194654) q[3];
rx(pi*0.048791195461) q[4];
rx(pi*-0.01895171166) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.082465512686) q[0];
rx(pi*-0.027759235852) q[1];
rx(pi*-0.006218405213) q[2];
rx(pi*0.040958709232) q[3];
rx(pi*-0.005633535284) q[4];
rx(pi*-0.135345700501) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.038762317237) q[0];
rx(pi*0.094737588673) q[1];
rx(pi*0.029968652638) q[2];
rx(pi*0.003049475211) q[3];
rx(pi*-0.026021832569) q[4];
rx(pi*-0.083550289022) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.06888178899) q[0];
rx(pi*-0.043725092371) q[1];
rx(pi*0.160268207008) q[2];
rx(pi*-0.078327717683) q[3];
rx(pi*-0.067920122071) q[4];
rx(pi*0.002119594314) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
