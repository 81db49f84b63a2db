// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.002002765618) q[0];
ry(pi*-0.180847358277) q[1];
ry(pi*-0.320256528043) q[2];
ry(pi*-0.0135094027) q[3];
ry(pi*-0.058419167667) q[4];
ry(pi*-0.179874037348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.094601354858) q[0];
ry(pi*-0.09031338107) q[1];
ry(pi*0.159694015772) q[2];
ry(pi*-0.066268606046) q[3];
ry(pi*-0.012507909612) q[4];
ry(pi*-0.041328364762) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.087876483411) q[0];
ry(pi*0.138783353683) q[1];
ry(pi*0.044096645176) q[2];
ry(pi*-0.142734959627) q[3];
ry(pi*-0.156326874807) q[4];
ry(pi*-0.086672197737) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023565264914) q[0];
ry(pi*0.249465051363) q[1];
ry(pi*-0.099350337956) q[2];
ry(pi*-0.095293594531) q[3];
ry(pi*-0.391389001917) q[4];
ry(pi*0.160583230511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.137223234126) q[0];
ry(pi*-0.150234431445) q[1];
ry(pi*-0.258457621506) q[2];
ry(pi*-0.265112388651) q[3];
ry(pi*-0.168468532126) q[4];
ry(pi*-0.000797750383) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
