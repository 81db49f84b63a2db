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
ry(pi*0.116926264534) q[0];
ry(pi*0.054637140142) q[1];
ry(pi*0.075155754116) q[2];
ry(pi*0.092458639138) q[3];
ry(pi*0.044915983285) q[4];
ry(pi*0.000712349896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.10983518111) q[0];
ry(pi*-0.034180628714) q[1];
ry(pi*-0.017875190842) q[2];
ry(pi*-0.020547639907) q[3];
ry(pi*0.011708964835) q[4];
ry(pi*0.004707446714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.100675091091) q[0];
ry(pi*0.063069672718) q[1];
ry(pi*-0.073902333769) q[2];
ry(pi*-0.010856265521) q[3];
ry(pi*-0.017980497892) q[4];
ry(pi*0.003627303879) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.099383559237) q[0];
ry(pi*-0.048385676695) q[1];
ry(pi*-0.011414449687) q[2];
ry(pi*-0.024424735128) q[3];
ry(pi*0.019432994537) q[4];
ry(pi*0.003855322807) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.122930920992) q[0];
ry(pi*0.088535226697) q[1];
ry(pi*0.094583539448) q[2];
ry(pi*0.098556802784) q[3];
ry(pi*-0.030931296654) q[4];
ry(pi*-0.002454335541) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
