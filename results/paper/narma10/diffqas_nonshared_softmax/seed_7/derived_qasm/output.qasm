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
rx(pi*0.097716499788) q[0];
rx(pi*-0.002613698766) q[1];
rx(pi*-0.002877818683) q[2];
rx(pi*0.006587011313) q[3];
rx(pi*-0.00298173509) q[4];
rx(pi*-0.003187076249) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103766719301) q[0];
rx(pi*0.001459313939) q[1];
rx(pi*-0.002366115377) q[2];
rx(pi*-0.000562442807) q[3];
rx(pi*-0.002884539186) q[4];
rx(pi*-0.001364728714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100665320126) q[0];
rx(pi*-0.005212408469) q[1];
rx(pi*-0.003827413895) q[2];
rx(pi*-0.002380441729) q[3];
rx(pi*-0.000199787295) q[4];
rx(pi*-0.000577882177) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09736235448) q[0];
rx(pi*-0.003331263796) q[1];
rx(pi*-0.002123160005) q[2];
rx(pi*-0.001904568309) q[3];
rx(pi*0.003154741648) q[4];
rx(pi*0.001575872125) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100268192058) q[0];
rx(pi*-0.003202316109) q[1];
rx(pi*0.001505321073) q[2];
rx(pi*0.002461876171) q[3];
rx(pi*-0.007095434705) q[4];
rx(pi*0.005324490569) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
