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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.004431357957) q[0];
rx(pi*0.003028424354) q[1];
rx(pi*-0.000947560681) q[2];
rx(pi*-0.00624910134) q[3];
rx(pi*0.004639912032) q[4];
rx(pi*0.004087315341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000122513887) q[0];
rx(pi*0.001447814675) q[1];
rx(pi*-0.001132136538) q[2];
rx(pi*0.000162098728) q[3];
rx(pi*0.000529248132) q[4];
rx(pi*-0.000735367544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002701944573) q[0];
rx(pi*-8.6801988e-05) q[1];
rx(pi*-0.00166372573) q[2];
rx(pi*0.00094216412) q[3];
rx(pi*-0.001657122917) q[4];
rx(pi*0.000425971833) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-9.8419637e-05) q[0];
rx(pi*-0.001003244139) q[1];
rx(pi*0.005095732592) q[2];
rx(pi*-0.002081386017) q[3];
rx(pi*-0.004657283065) q[4];
rx(pi*0.005074324811) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001957689186) q[0];
rx(pi*-0.003385658071) q[1];
rx(pi*-0.000793944495) q[2];
rx(pi*-0.00290855661) q[3];
rx(pi*0.002985242974) q[4];
rx(pi*0.002270624056) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
