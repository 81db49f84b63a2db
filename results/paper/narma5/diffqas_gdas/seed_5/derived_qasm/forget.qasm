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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.000584086117) q[0];
rx(pi*-0.003554945969) q[1];
rx(pi*-0.012360277919) q[2];
rx(pi*0.005416660177) q[3];
rx(pi*-0.010204282461) q[4];
rx(pi*-0.012499518914) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.006736194028) q[0];
rx(pi*0.000334997063) q[1];
rx(pi*-0.007264678136) q[2];
rx(pi*-0.014718001116) q[3];
rx(pi*-0.003305447815) q[4];
rx(pi*0.003519218507) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.005477061105) q[0];
rx(pi*-0.008290679271) q[1];
rx(pi*0.000115523875) q[2];
rx(pi*-0.023428684846) q[3];
rx(pi*0.001348235023) q[4];
rx(pi*-0.01468493636) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001011400642) q[0];
rx(pi*-0.011784419453) q[1];
rx(pi*-0.008864293617) q[2];
rx(pi*-0.00265954315) q[3];
rx(pi*-0.008895312874) q[4];
rx(pi*-0.015917440439) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.01570886828) q[0];
rx(pi*0.000482322153) q[1];
rx(pi*2.9208274e-05) q[2];
rx(pi*-0.001731951879) q[3];
rx(pi*-0.004780825001) q[4];
rx(pi*0.003382012931) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
