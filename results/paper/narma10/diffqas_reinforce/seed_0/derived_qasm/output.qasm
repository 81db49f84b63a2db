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
rx(pi*-0.002757096868) q[0];
rx(pi*-0.000832730201) q[1];
rx(pi*-0.000531293038) q[2];
rx(pi*0.008227864654) q[3];
rx(pi*0.004963363585) q[4];
rx(pi*0.000624164935) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002293658157) q[0];
rx(pi*-0.001199926537) q[1];
rx(pi*-0.001316960524) q[2];
rx(pi*0.001586845191) q[3];
rx(pi*-0.000354453875) q[4];
rx(pi*0.005096560871) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00239473384) q[0];
rx(pi*-0.003293979679) q[1];
rx(pi*-0.004743517761) q[2];
rx(pi*0.000506498659) q[3];
rx(pi*0.003833647629) q[4];
rx(pi*-0.003327862338) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002958364519) q[0];
rx(pi*0.007647855899) q[1];
rx(pi*9.5746258e-05) q[2];
rx(pi*-0.001054740994) q[3];
rx(pi*0.007921080067) q[4];
rx(pi*-0.000934970633) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003593516379) q[0];
rx(pi*0.0002664919) q[1];
rx(pi*-0.003974433717) q[2];
rx(pi*-0.005045506986) q[3];
rx(pi*0.003072838667) q[4];
rx(pi*-0.001772831332) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
