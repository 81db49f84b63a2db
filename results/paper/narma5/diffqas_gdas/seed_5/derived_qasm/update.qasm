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
rx(pi*-0.083058818966) q[0];
rx(pi*0.049368891912) q[1];
rx(pi*0.01045388793) q[2];
rx(pi*-0.002338017627) q[3];
rx(pi*0.007646277603) q[4];
rx(pi*0.002122382419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.12631859047) q[0];
rx(pi*0.0448598951) q[1];
rx(pi*0.002051846634) q[2];
rx(pi*-0.002677478029) q[3];
rx(pi*-0.003807471462) q[4];
rx(pi*0.004177342214) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.082291561049) q[0];
rx(pi*0.046297151885) q[1];
rx(pi*0.002313105372) q[2];
rx(pi*-0.002530483702) q[3];
rx(pi*-0.003982718286) q[4];
rx(pi*0.000797955081) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.128772155689) q[0];
rx(pi*0.052815467029) q[1];
rx(pi*-0.00353178143) q[2];
rx(pi*0.002365654547) q[3];
rx(pi*0.002360861408) q[4];
rx(pi*-0.001341603751) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.080732646262) q[0];
rx(pi*0.047987538327) q[1];
rx(pi*-0.003239650623) q[2];
rx(pi*-0.004188657976) q[3];
rx(pi*0.002324245043) q[4];
rx(pi*-0.003372971824) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
