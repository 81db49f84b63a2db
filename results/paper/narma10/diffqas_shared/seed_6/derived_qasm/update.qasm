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
rz(pi*-0.000344371045) q[0];
rz(pi*0.00169848914) q[1];
rz(pi*0.003174070431) q[2];
rz(pi*-2.1893733e-05) q[3];
rz(pi*-0.002960978904) q[4];
rz(pi*0.001847868993) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000679052501) q[0];
rz(pi*-0.00586972287) q[1];
rz(pi*-0.004087559022) q[2];
rz(pi*-0.001320558972) q[3];
rz(pi*-0.000946300846) q[4];
rz(pi*0.001552176201) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003377878651) q[0];
rz(pi*0.002919234116) q[1];
rz(pi*-0.002660713235) q[2];
rz(pi*-0.003522143571) q[3];
rz(pi*-0.001648640765) q[4];
rz(pi*-0.001774058483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000735481974) q[0];
rz(pi*0.001086723785) q[1];
rz(pi*-0.000937623853) q[2];
rz(pi*0.000451491216) q[3];
rz(pi*0.002270361698) q[4];
rz(pi*-0.003266408719) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001709603168) q[0];
rz(pi*0.000122803537) q[1];
rz(pi*0.002557438937) q[2];
rz(pi*-0.004151686613) q[3];
rz(pi*0.001715226512) q[4];
rz(pi*-0.002628107975) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
