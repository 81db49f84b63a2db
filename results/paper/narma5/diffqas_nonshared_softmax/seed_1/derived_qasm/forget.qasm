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
rx(pi*0.098788962811) q[0];
rx(pi*0.003075558885) q[1];
rx(pi*-0.002343788455) q[2];
rx(pi*-0.00019252151) q[3];
rx(pi*0.000146954353) q[4];
rx(pi*0.003786840674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098703879524) q[0];
rx(pi*-0.004032825016) q[1];
rx(pi*0.001448034196) q[2];
rx(pi*0.002358581121) q[3];
rx(pi*0.006783850012) q[4];
rx(pi*-0.005344912953) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.090280880753) q[0];
rx(pi*0.004114136284) q[1];
rx(pi*-0.00429108858) q[2];
rx(pi*-0.003847042092) q[3];
rx(pi*0.001668873125) q[4];
rx(pi*0.003241690786) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095544556551) q[0];
rx(pi*0.001596718432) q[1];
rx(pi*0.000362698609) q[2];
rx(pi*0.004821254148) q[3];
rx(pi*1.8728668e-05) q[4];
rx(pi*0.003152052854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091028131907) q[0];
rx(pi*-0.000710776936) q[1];
rx(pi*-0.00030888895) q[2];
rx(pi*0.003596441147) q[3];
rx(pi*0.001867911774) q[4];
rx(pi*-0.002392904601) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
