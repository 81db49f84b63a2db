// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021829894087) q[0];
ry(pi*-0.067034170645) q[1];
ry(pi*0.242488904845) q[2];
ry(pi*-0.047808672749) q[3];
ry(pi*0.479703613504) q[4];
ry(pi*-0.002421329334) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.299296536809) q[0];
ry(pi*0.141862962657) q[1];
ry(pi*-0.11170273507) q[2];
ry(pi*-0.094639357272) q[3];
ry(pi*0.096193737572) q[4];
ry(pi*-0.004573726492) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012571299934) q[0];
ry(pi*-0.020229324632) q[1];
ry(pi*0.00965502023) q[2];
ry(pi*0.296023187622) q[3];
ry(pi*-0.006082541367) q[4];
ry(pi*-0.036477279822) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.090087633832) q[0];
ry(pi*0.003906772452) q[1];
ry(pi*-0.024393387405) q[2];
ry(pi*0.01622170165) q[3];
ry(pi*-0.004652623477) q[4];
ry(pi*0.401067190243) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.04246879291) q[0];
ry(pi*-0.232869266418) q[1];
ry(pi*-0.450507248932) q[2];
ry(pi*0.000493003588) q[3];
ry(pi*-0.001492298654) q[4];
ry(pi*0.00092954628) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
